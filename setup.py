"""The Python package of platlint: a wheel holding the compiled program, built by CMake.

`pip install .` (or `pipx install .`, or pip from a git URL) configures and builds platlint with
CMake and installs the program as the `platlint` command, the manual page, and the C/C++ front
end module when Clang's libraries were found (lib/platlint/ beside bin/, where platlint looks).
The wheel holds the program, not Python code.

What a build needs: a C++20 compiler, CMake >= 3.25, and the headers of nlohmann-json, CLI11,
toml++ and xxHash (Debian: build-essential cmake nlohmann-json3-dev libcli11-dev
libtomlplusplus-dev libxxhash-dev); for the optional C/C++ front end libclang-14-dev
libclang-cpp14-dev llvm-14-dev. The tree-sitter sources come from grammars/fetch.sh: with npm from
a git checkout, from grammars/vendor/ in the source distribution (which carries them), or from
$PLATLINT_VENDOR_DIR.

Environment:
  PLATLINT_WITH_CLANG   AUTO (default), ON or OFF: build the C/C++ front end
  PLATLINT_CMAKE_ARGS   more arguments for CMake's configure step (e.g. a compiler launcher)
  PLATLINT_BUILD_DIR    an already configured CMake build directory of this source tree to build
                        and install from instead of a new one (CI and tests reuse their build)
"""

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

from setuptools import Distribution, setup
from distutils.command.build_scripts import build_scripts  # setuptools has no subclass of its own
from setuptools.command.sdist import sdist
from wheel.bdist_wheel import bdist_wheel

ROOT = Path(__file__).resolve().parent
# Not build/: that is where developers keep their CMake build (scripts/setup.sh).
BUILD_BASE = "build-python"
STAGE = ROOT / BUILD_BASE / "stage"  # what `cmake --install` gives, picked into the wheel


def project_version():
    """The one version: CMakeLists.txt's project(platlint VERSION ...)."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    match = re.search(r"project\(platlint\s+VERSION\s+([0-9.]+)", text)
    if not match:
        raise RuntimeError("no `project(platlint VERSION x.y.z)` in CMakeLists.txt")
    return match.group(1)


def cmake_build():
    """Configures (unless PLATLINT_BUILD_DIR is given), builds and installs platlint into STAGE."""
    cmake = os.environ.get("CMAKE", "cmake")
    build_dir = os.environ.get("PLATLINT_BUILD_DIR")
    if not build_dir:
        build_dir = str(ROOT / BUILD_BASE / "cmake")
        configure = [cmake, "-S", str(ROOT), "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_TESTING=OFF",
                     "-DPLATLINT_UNITY_BUILD=ON",  # built once: batches take 40% off the compile time
                     "-DPLATLINT_WITH_CLANG=" + os.environ.get("PLATLINT_WITH_CLANG", "AUTO"),
                     "-DPLATLINT_DEPS_DIR=" + str(ROOT / BUILD_BASE / "deps")]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        configure += shlex.split(os.environ.get("PLATLINT_CMAKE_ARGS", ""))
        subprocess.check_call(configure)
    subprocess.check_call([cmake, "--build", build_dir, "--target", "platlint", "platlint_man",
                           "--parallel", str(os.cpu_count() or 1)])
    shutil.rmtree(STAGE, ignore_errors=True)
    subprocess.check_call([cmake, "--install", build_dir, "--prefix", str(STAGE), "--strip"])


class BuildWithCMake(build_scripts):
    """The `platlint` "script" is the program CMake built: copied as is (setuptools would read an
    executable's first line as a #! line), and the module and manual page become data files."""

    def run(self):
        cmake_build()
        self.mkpath(self.build_dir)
        self.copy_file(str(STAGE / "bin" / "platlint"), os.path.join(self.build_dir, "platlint"))
        for directory in ("lib/platlint", "share/man/man1"):
            files = sorted(str(p.relative_to(ROOT)) for p in (STAGE / directory).glob("*") if p.is_file())
            if files:
                self.distribution.data_files.append((directory, files))


class SdistWithVendoredSources(sdist):
    """The source distribution carries the pinned tree-sitter tarballs (grammars/vendor/), fetched
    and verified by grammars/fetch.sh, so that building it needs no npm."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        fetched = ROOT / BUILD_BASE / "vendor-fetch"
        subprocess.check_call(["bash", str(ROOT / "grammars" / "fetch.sh"), str(fetched)])
        vendor = Path(base_dir) / "grammars" / "vendor"
        vendor.mkdir(parents=True, exist_ok=True)
        for tarball in sorted(fetched.glob("*.tgz")):
            shutil.copy2(tarball, vendor / tarball.name)


class PlatformWheel(bdist_wheel):
    """A compiled program (BinaryDistribution makes the wheel impure): for this platform, any Python 3."""

    def get_tag(self):
        _, _, platform = super().get_tag()
        return "py3", "none", platform


class BinaryDistribution(Distribution):
    """Holds compiled code, though no Python extension module."""

    def has_ext_modules(self):
        return True


setup(
    name="platlint",
    version=project_version(),
    description="Finds Linux-only assumptions in Python code and names the portable alternative",
    long_description=(ROOT / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    url="https://github.com/platlint/platlint",
    license="see the repository",
    python_requires=">=3.7",
    classifiers=[
        "Environment :: Console",
        "Intended Audience :: Developers",
        "Operating System :: POSIX :: Linux",
        "Programming Language :: C++",
        "Topic :: Software Development :: Quality Assurance",
    ],
    packages=[],
    scripts=[BUILD_BASE + "/stage/bin/platlint"],
    data_files=[],
    distclass=BinaryDistribution,
    cmdclass={"build_scripts": BuildWithCMake, "sdist": SdistWithVendoredSources, "bdist_wheel": PlatformWheel},
    zip_safe=False,
    options={"build": {"build_base": BUILD_BASE}},
)
