def f(:
    return ]
class
  x = = 1
lambda: (
f = open("/proc/mounts", encoding="utf-8")
)))))
