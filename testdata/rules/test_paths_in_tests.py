# A test module (test_*.py): hard-coded paths that no file-system call receives are test data,
# while the paths it opens and the programs it runs still break its tests on other platforms.
import os
import subprocess
import unittest
from unittest import mock

import pytest
import requests
from oslo_concurrency import processutils


def test_expected_value():
    fake = mock.Mock(return_value="/etc/ssh/sshd_config")  # ok: PORT204
    assert fake() == "/var/lib/cloud/instance"  # ok: PORT205


def test_opens_a_file():
    with open("/etc/hosts", encoding="utf-8") as f:  # expect: PORT204
        assert f.read()


def test_runs_a_program():
    subprocess.check_call(["/usr/bin/env", "true"])  # expect: PORT502
    assert os.path.exists("/var/tmp")  # expect: PORT201


def test_names_a_program_it_runs(runner):
    runner.run(executable="/usr/local/bin/qemu-img")  # expect: PORT203


TRUE_UTILITY = "/bin/true"  # expect: PORT203


def test_runs_a_program_by_name():
    subprocess.check_call([TRUE_UTILITY])  # expect: PORT502


def test_program_paths_as_data(m_subp):
    user = {"name": "bob", "shell": "/bin/bash"}  # ok: PORT203
    m_subp.assert_called_once_with(["/usr/sbin/update-locale", "LANG=C"])  # ok: PORT203
    assert user


USER_DATA = "#!/bin/sh\necho hi\n"  # ok: PORT506 (data the code under test reads)
HELPER = "#!/bin/bash\nexit 0\n"  # expect: PORT506


def test_user_data_is_data(datasource):
    assert datasource.get_userdata_raw() == USER_DATA


def test_writes_a_helper(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HELPER)
    os.chmod(path, 0o755)  # expect: PORT803


def test_shebang_is_checked(tmp_path, reader):
    # Written, but never made a program: the reader under test only looks at its first line.
    script = tmp_path / "tool"
    script.write_text("#!/bin/sh\n#!/usr/bin/python\n", encoding="utf-8")  # ok: PORT506
    assert not reader.is_python(script)


def test_writes_an_executable_user_data(tmpdir):
    script = tmpdir.join("1.sh")
    script.write("#!/bin/sh\ntouch done\n")  # expect: PORT506
    script.chmod(mode=0o755)


def test_file_uris(tempf, image_path):
    # A URI as data stays quiet; a temporary file's URI names a real file the code will open.
    expected = {"url": "file://%s" % image_path}  # ok: PORT212
    loc = {"url": "file://%s" % tempf.name}  # expect: PORT212
    return expected, loc


class RunsThroughAssertions(unittest.TestCase):
    # The arguments after the callable are the callable's: the program runs.
    def test_fails(self):
        self.assertRaises(
            processutils.ProcessExecutionError,
            processutils.execute,
            "/usr/bin/env",  # expect: PORT502
            "false",
        )
        self.assertRaisesRegex(OSError, "no such", processutils.execute, "/usr/bin/env", "sh")  # expect: PORT502
        self.assertRaises(OSError, processutils.execute, "/usr/local/bin/qemu-img", "info")  # expect: PORT203

    def test_compares(self, result):
        self.assertEqual("/usr/bin/env", result)  # ok: PORT203

    def test_option_words_are_data(self, m_execute):
        # The words of a test's command are data, as its other paths.
        subprocess.check_call(["daemon", "--pidfile=/var/run/daemon.pid"])  # ok: PORT205


# Kernel paths as data of test doubles: compared with a mock's calls, never used on this host.
PID_F = "/run/dhclient.pid"  # ok: PORT109
LEASE_F = "/run/dhclient.lease"  # expect: PORT109
MAPPER = "/dev/mapper/vg0-root"  # ok: PORT108


def test_kernel_paths_as_data(m_wait, m_mounts):
    m_wait.assert_called_once_with([PID_F], maxwait=5)
    m_mounts.return_value = [(MAPPER, "ext4", "/")]
    assert "/proc/1/environ" in m_wait.call_args[0][0]  # ok: PORT103


def test_kernel_path_read_here():
    with open(LEASE_F, encoding="utf-8") as f:
        return f.read()


def test_sudo_is_a_word_for_a_double(driver):
    # No program `fake` exists: the executor is mocked, and `sudo` is a word it is given.
    driver.execute("sudo", "fake", "--foo", "--bar")  # ok: PORT504
    driver.execute("sudo", "zfs", "list")  # expect: PORT502 (its sudo a related location)


@pytest.mark.usefixtures("fake_filesystem")
class TestOnFakeFileSystem:
    # Every path is the fake's (pyfakefs), on every platform.
    def test_hostname(self, distro):
        with open("/etc/hostname", "w", encoding="utf-8") as f:  # ok: PORT204
            f.write("box\n")
        assert distro.read_hostname() == "box"


def test_cpuinfo_fake(fs):
    fs.create_file("/proc/cpuinfo", contents="processor: 0\n")
    with open("/proc/cpuinfo", encoding="utf-8") as f:  # ok: PORT102
        assert f.read()


def test_cpuinfo_real():
    with open("/proc/cpuinfo", encoding="utf-8") as f:  # expect: PORT102
        assert f.read()


def test_client_without_verification(fake_server):
    # A test's client talks to a fake or a throwaway server: no trust is at stake.
    client = requests.Session()
    client.verify = False  # ok: PORT701
    return client.get(fake_server.url, verify=False)  # ok: PORT701
