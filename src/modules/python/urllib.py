"""pyco's urllib package: its submodules are urllib.parse, urllib.error and
urllib.request, imported on first use (`from urllib import request`)."""
