# bytes case mapping and is* tests see only ASCII; other bytes are left alone.
print(b'\xdf\xe9abc'.upper(), b'\xc9ABC'.lower(), b'\xdfa b'.title(), b'\xe9xY'.capitalize(), b'\xe9aB'.swapcase())
print(b'\xb2'.isdigit(), b'\xe9'.isalpha(), b'\xe9'.isalnum(), b'\xa0'.isspace(), b'\x1c'.isspace(), b'\xc9'.isupper(), b'A\xe9'.isupper(), b'a\xe9'.islower())
print(b'Hello World'.istitle(), b'12'.isdigit(), b''.isdigit(), b' \t\n\r\x0b\x0c'.isspace(), b'ab1'.isalnum(), b'AB'.isupper(), b"they're".title())
print(bytearray(b'\xdfx').upper(), b'abc'.isascii(), b'\x80'.isascii())
