# PORT805 fork-start-method: the fork start method and processes started at import time.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def work(item):
    return item * 2


multiprocessing.set_start_method("fork")  # expect: PORT805
ctx = multiprocessing.get_context("forkserver")  # expect: PORT805
spawn_ctx = multiprocessing.get_context("spawn")  # ok: PORT805

pool = Pool(4)  # expect: PORT805
results = pool.map(work, range(10))


def run():
    with multiprocessing.Pool(4) as p:  # ok: PORT805
        return p.map(work, range(10))


if __name__ == "__main__":
    executor = ProcessPoolExecutor()  # ok: PORT805
    worker = multiprocessing.Process(target=work, args=(1,))  # ok: PORT805
    worker.start()
else:
    other = multiprocessing.Process(target=work, args=(2,))  # expect: PORT805
