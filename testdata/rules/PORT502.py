# PORT502 posix-command: POSIX tools that Windows does not have.
import os
import subprocess
import sys

from oslo_concurrency import processutils


def cleanup(build_dir, out_dir):
    subprocess.check_call(["rm", "-rf", build_dir])  # expect: PORT502
    subprocess.check_call(["mkdir", "-p", out_dir])  # expect: PORT502
    processutils.execute("cp", "-r", build_dir, out_dir)  # expect: PORT502
    path = subprocess.check_output(["which", "qemu-img"])  # expect: PORT502
    os.system("ps aux | grep nova")  # expect: PORT502
    subprocess.call("cat", shell=True)  # expect: PORT502
    subprocess.call(["/usr/bin/env", "sha256sum", path])  # expect: PORT502
    return path


def windows_has_these():
    subprocess.run(["hostname"])  # ok: PORT502
    subprocess.run(["whoami"])  # ok: PORT502
    subprocess.run(["tar", "-xzf", "a.tgz"])  # ok: PORT502
    subprocess.run(["git", "log"])  # ok: PORT502
    os.system("echo done")  # ok: PORT502
    os.system("mkdir build")  # ok: PORT502
    os.system("mkdir -p build/out")  # expect: PORT502


def more_posix_tools(path, pid):
    processutils.execute("env", "LANG=C", "uptime")  # expect: PORT502
    subprocess.run("env LC_ALL=C qemu-img info " + path, shell=True)  # expect: PORT502
    processutils.execute("rsync", "-a", path, "/backup")  # expect: PORT502
    processutils.execute("truncate", "-s", "0", path)  # expect: PORT502
    processutils.execute("lsof", "-t", path)  # expect: PORT502
    processutils.execute("dnsmasq", "--no-hosts")  # expect: PORT502
    processutils.execute("shred", "-u", path)  # expect: PORT502
    processutils.execute("zstd", "-d", "--rm", path)  # expect: PORT502


# `env` put in front of a command far above the run: the finding names where it is written.
def env_prefix(conf, playbook):
    args = [conf.playbook_script, playbook]
    if conf.config_file_path:
        prefix = ["env", "ANSIBLE_CONFIG=%s" % conf.config_file_path]
        args = prefix + args
    processutils.execute(*args)  # expect: PORT502


def gnu_options(path, pid):
    subprocess.check_output(["ps", "--ppid", str(pid), "-o", "pid="])  # expect: PORT502
    subprocess.check_output(["ps", "-o", "pid=", "-p", str(pid)])  # expect: PORT502
    subprocess.check_call(["sed", "-i", "s/a/b/", path])  # expect: PORT502
    subprocess.check_call(["sed", "-i", "", "s/a/b/", path])  # expect: PORT502
    subprocess.check_output(["stat", "-c", "%s", path])  # expect: PORT502
    subprocess.check_output("date -d @0 +%Y", shell=True)  # expect: PORT502
    subprocess.check_output(["du", "-sb", path])  # expect: PORT502
    subprocess.check_output(["readlink", "-e", path])  # expect: PORT502
    subprocess.check_output(["cp", "--reflink=auto", path, path + ".bak"])  # expect: PORT502
    subprocess.check_output(["ls", "-pA1", "--group-directories-first", path])  # expect: PORT502
    subprocess.check_call(["umount", "-fl", path])  # expect: PORT502 (-l, lazy, in the cluster: macOS too)
    subprocess.check_call(["umount", "-f", path])  # expect: PORT502 (Windows only)


def not_commands(cursor):
    cursor.execute("cat")  # ok: PORT502
    processutils.execute("test")  # ok: PORT502 (a unit test's stand-in word: `test` alone runs nothing)
    print("rm -rf /")  # ok: PORT502


def guarded(path):
    if os.name == "posix":
        subprocess.run(["chmod", "600", path])  # ok: PORT502
    if sys.platform != "win32":
        subprocess.run(["sleep", "1"])  # ok: PORT502


def zero_fill(path, size, fast):
    cmd = ["fallocate", "-l", size, path] if fast else ["dd", "if=/dev/zero", "of=" + path]  # expect: PORT207
    subprocess.check_call(cmd)  # expect: PORT501, PORT502


def listing(path, long):
    if long:
        cmd = ["python3", "-m", "lister", path]
    else:
        cmd = ["ls", path]
    subprocess.check_call(cmd)  # expect: PORT502


def relay(port):
    # Built up with append and +=: the first word stays the program.
    args = ["socat"]
    args.append("TCP-LISTEN:%d" % port)
    args += ["STDIO"]
    processutils.execute(*args)  # expect: PORT502


def more_tools(db, image):
    subprocess.check_call(["sync"])  # expect: PORT502
    subprocess.check_call(["sqlite3", db, ".dump"])  # expect: PORT502
    subprocess.check_call(("mcopy", "-i", image, "meta", "::"))  # expect: PORT502
    processutils.execute("mkisofs", "-o", image, "-r", db)  # expect: PORT502
    processutils.execute("ipmitool", "power", "status")  # expect: PORT502


PROGRAMS = ("sync", "make")


def data_only():
    return list(PROGRAMS)  # ok: PORT502


TRUE_UTILITY = sys.platform.startswith("darwin") and "/usr/bin/true" or "/bin/true"  # expect: PORT203


class TestRunning:
    stdin2err = ["sh", "-c", "cat >&2"]

    def test_true(self):
        processutils.execute(TRUE_UTILITY)  # expect: PORT502

    def test_stderr(self):
        subprocess.run(self.stdin2err, check=True)  # expect: PORT502

    def test_false_raises(self):
        self.assertRaises(
            processutils.ProcessExecutionError, processutils.execute, "/usr/bin/env", "false"  # expect: PORT502
        )
        self.assertRaises(ValueError, int, "false")  # ok: PORT502


def _ipmitool_args(address):
    args = ["ipmitool", "-I", "lanplus", "-H"]
    args.append(address)
    # Rebinding the name to its words as strings keeps the program first.
    args = [str(arg) for arg in args]
    return args


def power_status(address, commands):
    # The helper's list is copied and extended per command before it runs.
    args = _ipmitool_args(address)
    for command in commands:
        cmd_args = args[:]
        cmd_args.extend(command.split(" "))
        processutils.execute(*cmd_args)  # expect: PORT502


def interfaces():
    out = subprocess.check_output(["ifconfig", "-a"])  # expect: PORT502
    here = subprocess.check_output(["pwd"])  # expect: PORT502
    return out, here, subprocess.check_output(["ipconfig"])  # ok: PORT502


def redirect_to_syslog(server):
    # The program is named in a variable: the finding relates the place it is named.
    log_cmd = "logger"
    return subprocess.Popen([log_cmd, "-t", server])  # expect: PORT502


class TestRunner:
    # The test replaces what would run the program: nothing runs.
    def test_decoding(self):
        with mock.patch.object(subprocess, "Popen", autospec=True) as popen:
            popen.return_value.returncode = 0
            subprocess.run(["sh", "-c", "true"])  # ok: PORT502
        with mock.patch("os.path.exists"):
            subprocess.run(["sh", "-c", "true"])  # expect: PORT502

    @mock.patch("subprocess.check_output")
    def test_output(self, check_output):
        subprocess.check_output(["df", "-k"])  # ok: PORT502
        subprocess.run(["df", "-k"])  # expect: PORT502


class TestProvider:
    # The provider's private `_execute` runs `utils.execute`, which the test replaces.
    @mock.patch.object(processutils, "execute", autospec=True)
    def test_execute(self, mock_exec):
        self.provider._execute("ps")  # ok: PORT502

    @mock.patch.object(processutils, "trycmd", autospec=True)
    def test_other_executor(self, mock_trycmd):
        self.provider._execute("ps")  # expect: PORT502


class TestExecute:
    # setUp starts a patch of `subprocess.Popen` for every test of the class: nothing runs.
    def setUp(self):
        self.popen = mock.patch("subprocess.Popen").start()
        self.addCleanup(mock.patch.stopall)

    def test_without_helper(self):
        processutils.execute("ls", self.path)  # ok: PORT502


class TestExecuteForReal:
    def setUp(self):
        self.exists = mock.patch("os.path.exists").start()

    def test_listing(self):
        processutils.execute("ls", self.path)  # expect: PORT502


SH = "sh"


def printf_cmd(arg):
    return [SH, "-c", 'printf "$@"', "printf", arg]


def run_printf(arg):
    # Named by a constant in a list a helper returns: related where the constant is assigned.
    return subp.subp(printf_cmd(arg))  # expect: PORT502
