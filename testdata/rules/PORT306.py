# PORT306 proxy-environment: proxy variables read directly.
import os
import urllib.request

import requests


def proxies_for(url):
    proxy = os.environ.get("https_proxy") or os.environ.get("HTTPS_PROXY")  # expect: PORT306
    return requests.get(url, proxies={"https": proxy})


def bypass():
    return os.getenv("no_proxy", "")  # expect: PORT306


def http_proxy():
    return os.environ["HTTP_PROXY"]  # expect: PORT306


def any_proxy():
    # expect: PORT306
    return "all_proxy" in os.environ


def mixed_case():
    # Proxy names are spelt in lower case by convention, so there is no PORT312 here.
    # expect: PORT306
    return os.environ.get("Http_Proxy")  # ok: PORT312


def portable(url):
    proxies = urllib.request.getproxies()  # ok: PORT306
    settings = {"http_proxy": proxies.get("http")}  # ok: PORT306
    return requests.get(url, proxies=proxies), settings["http_proxy"]  # ok: PORT306


def application_proxy():
    return os.environ.get("NOVA_PROXY")  # ok: PORT306
