# string: capwords with sep, Template placeholders, errors and helpers, Formatter.
import string
from string import Template
print(string.capwords(' a  b-c dd '), string.capwords('a-b-c', '-'))
t = Template('$$x $a${b}c $a_1 ${c}')
print(t.substitute(a=1, b=2, a_1=3, c=4), t.safe_substitute({'a': 'A'}, c='C'))
print(t.get_identifiers(), t.is_valid(), Template('$ x').is_valid())
for tpl in ['ab $', 'line\n $1', '${a']:
    try: Template(tpl).substitute(a=1)
    except ValueError as e: print(e)
try: Template('$zz').substitute()
except KeyError as e: print(repr(e))
print(Template('$a $ b').safe_substitute(a=1), Template('x').template)
print(string.Formatter().format('{0}-{x}', 1, x=2))
