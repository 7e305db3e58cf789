# A failing call spread over several lines.
def scale(values, factor):
    return [v * factor for v in values]

result = scale(
    [1, 2, 3],
    None,
) + [
    4,
]
print(sum(
    result
))
total = sum([
    1,
    'two',
])
