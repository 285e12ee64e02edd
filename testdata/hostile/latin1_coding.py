# -*- coding: latin-1 -*-
s = "café"; f = open("/proc/cpuinfo", encoding="utf-8")
