# CRLF line endings

f = open("/proc/mounts", encoding="utf-8")
