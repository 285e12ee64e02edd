"""With flake8's 79 columns (tox.ini), a fix that would cross them and has no
brackets to wrap in is offered as unsafe: --fix leaves the line alone."""


def staging(name):
    scratch_directory_for_this_build_of_the_image_we_are_making = '/tmp'
    return scratch_directory_for_this_build_of_the_image_we_are_making
