type Pair[T] = tuple[T, T]


def first[T](p: Pair[T]) -> T:
    return p[0]


class Box[T: (int, str), *Ts, **P]:
    pass


def mounts(cmd):
    match cmd:
        case {"kind": "read", "path": str(path)} if path:
            return open(path, encoding="utf-8")
        case [first, *rest]:
            return first
        case _:
            return open("/proc/mounts", encoding="utf-8")
