"""Raw HTTP/1.1 exchanges over asyncio streams for the aiohttp server tests: send request
bytes, read one response (by Content-Length, or to EOF) and print it without the Date
header, whose value changes from run to run."""

import asyncio


async def read_response(reader, head_only=False):
    """One response from `reader`: (header lines, body bytes); a HEAD, 204 or 304
    response has no body whatever its headers say."""
    head = await reader.readuntil(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')[:-2]
    length = None
    for line in lines[1:]:
        name, _, value = line.partition(':')
        if name.lower() == 'content-length':
            length = int(value)
    if head_only or lines[0].split(' ')[1] in ('204', '304'):
        return lines, b''
    body = await reader.readexactly(length) if length is not None else await reader.read()
    return lines, body


def show(lines, body):
    for line in lines:
        if not line.startswith('Date:'):
            print(' ', line)
    print('  body:', body)


async def exchange(port, *requests):
    """Sends each request on one connection and prints each response; then reports whether
    the server closed the connection."""
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for raw in requests:
        print(raw.split(b'\r\n')[0].decode())
        writer.write(raw)
        await writer.drain()
        show(*await read_response(reader, raw.startswith(b'HEAD ')))
    try:
        rest = await asyncio.wait_for(reader.read(), 0.5)
        print('closed by server:', rest)
    except asyncio.TimeoutError:
        print('kept alive')
    writer.close()


def get(path, *headers, method='GET', body=b''):
    lines = ['%s %s HTTP/1.1' % (method, path), 'Host: test'] + list(headers)
    if body:
        lines.append('Content-Length: %d' % len(body))
    return ('\r\n'.join(lines) + '\r\n\r\n').encode() + body
