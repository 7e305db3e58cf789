def task(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n * 10

def run_all(inputs):
    results, errors = [], []
    for n in inputs:
        try:
            results.append(task(n))
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
    return results

print(run_all([2, 4]))
run_all([1, 2, 3])
