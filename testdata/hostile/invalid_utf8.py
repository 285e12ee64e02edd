x = "caf√"
open("/proc/cpuinfo", encoding="utf-8")
