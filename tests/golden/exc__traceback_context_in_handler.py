import json

def parse_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return {}

def get_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError:
        raise LookupError("port not configured")

print(parse_config("{bad"))
print(get_port({"port": "8080"}))
get_port(parse_config("[1, 2"))
