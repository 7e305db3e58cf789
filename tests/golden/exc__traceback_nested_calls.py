class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def check_age(value):
    if not isinstance(value, int):
        raise ValidationError("age", f"expected int, got {type(value).__name__}")
    return value

def load_user(raw):
    return {"name": raw["name"], "age": check_age(raw["age"])}

def load_all(rows):
    users = []
    for i, row in enumerate(rows):
        try:
            users.append(load_user(row))
        except KeyError as e:
            print(f"row {i}: missing {e}")
    return users

print(load_all([{"name": "a", "age": 1}, {"name": "b"}]))
load_all([{"name": "c", "age": "old"}])
