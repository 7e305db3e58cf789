# Sorting records (tuples and dicts) by several keys.
employees = [
    {'name': 'Alice', 'dept': 'eng', 'salary': 120},
    {'name': 'Bob', 'dept': 'ops', 'salary': 95},
    {'name': 'Carol', 'dept': 'eng', 'salary': 110},
    {'name': 'Dan', 'dept': 'ops', 'salary': 95},
    {'name': 'Eve', 'dept': 'sales', 'salary': 80},
]
for e in sorted(employees, key=lambda e: (e['dept'], -e['salary'], e['name'])):
    print(f"{e['dept']:6}{e['name']:8}{e['salary']:>5}")
print([e['name'] for e in sorted(employees, key=lambda e: e['salary'], reverse=True)])
by_dept = {}
for e in employees:
    by_dept.setdefault(e['dept'], []).append(e['salary'])
for dept, salaries in sorted(by_dept.items()):
    print(dept, len(salaries), sum(salaries), round(sum(salaries) / len(salaries), 2))
top = max(employees, key=lambda e: e['salary'])
print('top earner:', top['name'])
rows = [('b', 2, 1.5), ('a', 2, 0.5), ('c', 1, 9.0)]
rows.sort(key=lambda r: r[2])
rows.sort(key=lambda r: r[1])
print(rows)
