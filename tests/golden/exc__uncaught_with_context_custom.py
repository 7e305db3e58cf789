# Uncaught exception raised in __exit__ while another one is propagating.
class Closer:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError('failed to close')

with Closer():
    print('working')
    raise KeyError('original')
