# PORT212 file-uri-string: file:// URIs built from or parsed into local paths with string operations.
import os
import pathlib
import urllib.parse
import urllib.request


def image_location(image_path):
    return "file://" + image_path  # expect: PORT212


def staging_uri(staging_dir, image_id):
    return "file://%s/%s" % (staging_dir, image_id)  # expect: PORT212


def store_uri(path):
    return "file:///{}".format(path)  # expect: PORT212


def cache_uri(cache_dir):
    return f"file://{cache_dir}"  # expect: PORT212


def absolute_uri(path):
    return "file://" + os.path.abspath(path)  # expect: PORT212


def local_path_split(uri):
    return uri.split("file://")[-1]  # expect: PORT212


def local_path_replace(location):
    return location.replace("file://", "")  # expect: PORT212


def local_path_len(uri):
    if uri.startswith("file://"):
        return uri[len("file://"):]  # expect: PORT212
    return None


def local_path_seven(uri):
    if not uri.startswith("file://"):
        raise ValueError(uri)
    path = uri[7:]  # expect: PORT212
    return open(path, "rb")


def local_path_removeprefix(uri):
    return uri.removeprefix("file://")  # expect: PORT212


# Look-alikes that stay quiet.
def good_uri(path):
    return pathlib.Path(path).absolute().as_uri()  # ok: PORT212


def good_path(uri):
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)  # ok: PORT212


def documented_recipe(path):
    return "file:" + urllib.request.pathname2url(path)  # ok: PORT212


def already_a_url(url_path):
    return "file://" + url_path  # ok: PORT212


def other_scheme(uri):
    return uri.replace("file://", "http://")  # ok: PORT212


def slice_without_check(line):
    return line[7:]  # ok: PORT212


def http_slice(uri):
    if uri.startswith("http://"):
        return uri[7:]  # ok: PORT212
    return uri


def message(path):
    raise ValueError("cannot read file://%s" % path)  # ok: PORT212


SCHEMES = ("file://", "http://")  # ok: PORT212


def staging_directory(conf):
    # A value named a URI that loses its first 7 characters loses `file://`.
    return conf.node_staging_uri[7:]  # expect: PORT212


def host_part(url):
    return url[7:]  # ok: PORT212
