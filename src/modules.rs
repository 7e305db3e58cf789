//! Built-in modules and the import machinery: `import x` finds a built-in module or a
//! `x.py` next to the main script, runs it once, and caches it in `sys.modules`.

pub mod asyncio;
pub mod atexit;
pub mod cf_future;
mod deque_ops;
pub mod fcntl;
pub mod heapq;
pub mod math;
mod math_extra;
pub mod os;
pub mod os_proc;
pub mod pyco_internals;
pub mod random;
pub mod re;
pub mod select;
pub mod semaphore;
pub mod simple_queue;
pub mod socket;
mod socket_addr;
pub mod stdlib_hooks;
pub mod sys;
mod sys_sizes;
pub mod thread_lock;
pub mod time;

use crate::object::{Module, PyDict, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

type ModuleInit = fn(&Vm, &Rc<PyDict>) -> PyResult<()>;

/// The modules pyco implements in Rust.
const BUILTIN_MODULES: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("time", time::init),
    ("math", math::init),
    ("fcntl", fcntl::init),
    ("atexit", atexit::init),
    ("_pyco", pyco_internals::init),
    ("_pyco_lib", stdlib_hooks::init),
    ("_random", random::init),
    ("_re", re::init),
    ("_heapq", heapq::init),
    ("_os", os::init),
    ("_asyncio", asyncio::init),
    ("_socket", socket::init),
    ("select", select::init),
    ("builtins", stdlib_hooks::init_builtins),
];

/// Modules written in Python and compiled into pyco.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("collections", include_str!("modules/python/collections.py")),
    (
        "collections_abc",
        include_str!("modules/python/collections_abc.py"),
    ),
    ("itertools", include_str!("modules/python/itertools.py")),
    ("operator", include_str!("modules/python/operator.py")),
    ("functools", include_str!("modules/python/functools.py")),
    ("string", include_str!("modules/python/string.py")),
    ("types", include_str!("modules/python/types.py")),
    ("re", include_str!("modules/re/re.py")),
    ("datetime", include_str!("modules/python/datetime.py")),
    ("os", include_str!("modules/python/os.py")),
    ("asyncio", include_str!("modules/python/asyncio.py")),
    (
        "asyncio.selector_events",
        include_str!("modules/python/asyncio_selector_events.py"),
    ),
    (
        "asyncio.streams",
        include_str!("modules/python/asyncio_streams.py"),
    ),
    ("random", include_str!("modules/python/random.py")),
    ("warnings", include_str!("modules/python/warnings.py")),
    ("logging", include_str!("modules/python/logging.py")),
    (
        "logging.handlers",
        include_str!("modules/python/logging_handlers.py"),
    ),
    ("inspect", include_str!("modules/python/inspect.py")),
    ("traceback", include_str!("modules/python/traceback.py")),
    ("threading", include_str!("modules/python/threading.py")),
    ("queue", include_str!("modules/python/queue.py")),
    ("concurrent", "\"\"\"pyco's concurrent package.\"\"\"\n"),
    (
        "concurrent.futures",
        include_str!("modules/python/concurrent_futures.py"),
    ),
    (
        "concurrent.futures.process",
        include_str!("modules/python/concurrent_futures_process.py"),
    ),
    ("_pyco_wire", include_str!("modules/python/_pyco_wire.py")),
    ("_pyco_anext", include_str!("modules/python/pyco_anext.py")),
    (
        "_pyco_mappingproxy",
        include_str!("modules/python/pyco_mappingproxy.py"),
    ),
    ("signal", include_str!("modules/python/signal.py")),
    ("contextlib", include_str!("modules/python/contextlib.py")),
    ("_pyco_repl", include_str!("modules/python/pyco_repl.py")),
    ("tempfile", include_str!("modules/python/tempfile.py")),
    ("json", include_str!("modules/python/json.py")),
    ("typing", include_str!("modules/python/typing.py")),
    ("abc", include_str!("modules/python/abc.py")),
    ("heapq", include_str!("modules/python/heapq.py")),
    ("bisect", include_str!("modules/python/bisect.py")),
    ("copy", include_str!("modules/python/copy.py")),
    ("io", include_str!("modules/python/io.py")),
    ("enum", include_str!("modules/python/enum.py")),
    ("dataclasses", include_str!("modules/python/dataclasses.py")),
    ("contextvars", include_str!("modules/python/contextvars.py")),
    ("textwrap", include_str!("modules/python/textwrap.py")),
    ("reprlib", include_str!("modules/python/reprlib.py")),
    ("statistics", include_str!("modules/python/statistics.py")),
    ("timeit", include_str!("modules/python/timeit.py")),
    ("pprint", include_str!("modules/python/pprint.py")),
    ("__future__", include_str!("modules/python/future.py")),
    ("gc", include_str!("modules/python/gc.py")),
    ("errno", include_str!("modules/python/errno.py")),
    (
        "multiprocessing",
        include_str!("modules/python/multiprocessing.py"),
    ),
    (
        "multiprocessing.pool",
        include_str!("modules/python/multiprocessing_pool.py"),
    ),
    ("socket", include_str!("modules/python/socket.py")),
    ("selectors", include_str!("modules/python/selectors.py")),
    ("http", include_str!("modules/python/http.py")),
    ("http.client", include_str!("modules/python/http_client.py")),
    ("urllib", include_str!("modules/python/urllib.py")),
    (
        "urllib.parse",
        include_str!("modules/python/urllib_parse.py"),
    ),
    (
        "urllib.error",
        include_str!("modules/python/urllib_error.py"),
    ),
    (
        "urllib.request",
        include_str!("modules/python/urllib_request.py"),
    ),
    ("multidict", include_str!("modules/python/multidict.py")),
    ("yarl", include_str!("modules/python/yarl.py")),
    (
        "aiohttp",
        include_str!("modules/python/aiohttp/__init__.py"),
    ),
    (
        "aiohttp.http",
        include_str!("modules/python/aiohttp/http.py"),
    ),
    (
        "aiohttp.client_exceptions",
        include_str!("modules/python/aiohttp/client_exceptions.py"),
    ),
    (
        "aiohttp.client",
        include_str!("modules/python/aiohttp/client.py"),
    ),
    (
        "aiohttp.web_response",
        include_str!("modules/python/aiohttp/web_response.py"),
    ),
    (
        "aiohttp.web_exceptions",
        include_str!("modules/python/aiohttp/web_exceptions.py"),
    ),
    (
        "aiohttp.web_request",
        include_str!("modules/python/aiohttp/web_request.py"),
    ),
    (
        "aiohttp.web_urldispatcher",
        include_str!("modules/python/aiohttp/web_urldispatcher.py"),
    ),
    (
        "aiohttp.web_protocol",
        include_str!("modules/python/aiohttp/web_protocol.py"),
    ),
    (
        "aiohttp.web_app",
        include_str!("modules/python/aiohttp/web_app.py"),
    ),
    (
        "aiohttp.web_runner",
        include_str!("modules/python/aiohttp/web_runner.py"),
    ),
    ("aiohttp.web", include_str!("modules/python/aiohttp/web.py")),
    (
        "requests",
        include_str!("modules/python/requests/__init__.py"),
    ),
    (
        "requests.structures",
        include_str!("modules/python/requests/structures.py"),
    ),
    (
        "requests.exceptions",
        include_str!("modules/python/requests/exceptions.py"),
    ),
    (
        "requests.models",
        include_str!("modules/python/requests/models.py"),
    ),
    (
        "requests.adapters",
        include_str!("modules/python/requests/adapters.py"),
    ),
    (
        "requests.sessions",
        include_str!("modules/python/requests/sessions.py"),
    ),
    (
        "requests.api",
        include_str!("modules/python/requests/api.py"),
    ),
    (
        "requests.status_codes",
        include_str!("modules/python/requests/status_codes.py"),
    ),
];

pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.iter().any(|(n, _)| *n == name)
}

/// A new module object with its namespace.
pub fn new_module(name: &str) -> (Value, Rc<PyDict>) {
    let dict = Rc::new(PyDict::new());
    dict.set_str("__name__", Value::str(name));
    dict.set_str("__doc__", Value::None);
    (
        Value::Module(Rc::new(Module {
            name: name.into(),
            dict: dict.clone(),
        })),
        dict,
    )
}

impl Vm {
    /// `import name` (dotted names import each parent first); returns the named module.
    pub fn import_module(&self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(name) {
            return Ok(m);
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            self.import_module(parent)?;
            if let Some(m) = self.modules.get_str(name) {
                return Ok(m);
            }
        }
        if let Some((_, init)) = BUILTIN_MODULES.iter().find(|(n, _)| *n == name) {
            let (m, dict) = new_module(name);
            self.modules.set_str(name, m.clone());
            init(self, &dict)?;
            self.bind_submodule(name, &m)?;
            return Ok(m);
        }
        if let Some((_, src)) = PYTHON_MODULES.iter().find(|(n, _)| *n == name) {
            let (m, dict) = new_module(name);
            self.modules.set_str(name, m.clone());
            if let Err(e) =
                crate::run_source_in(self, src.as_bytes(), &format!("<pyco {name}>"), dict)
            {
                self.modules.remove_str(name);
                return Err(e);
            }
            if name == "collections" {
                // `collections.abc` is the same module as `collections_abc`.
                let abc = self.import_module("collections_abc")?;
                self.setattr(&abc, "__name__", Some(Value::str("collections.abc")))?;
                self.modules.set_str("collections.abc", abc.clone());
                self.setattr(&m, "abc", Some(abc))?;
            }
            self.bind_submodule(name, &m)?;
            return Ok(m);
        }
        if let Some(m) = self.import_from_file(name)? {
            return Ok(m);
        }
        let e = self.error("ModuleNotFoundError", format!("No module named '{name}'"));
        e.instance().dict.set_str("name", Value::str(name));
        Err(e)
    }

    fn bind_submodule(&self, name: &str, m: &Value) -> PyResult<()> {
        if let Some((parent, child)) = name.rsplit_once('.') {
            if let Some(p) = self.modules.get_str(parent) {
                self.setattr(&p, child, Some(m.clone()))?;
            }
        }
        Ok(())
    }

    fn import_from_file(&self, name: &str) -> PyResult<Option<Value>> {
        let Some(dir) = self.script_dir.borrow().clone() else {
            return Ok(None);
        };
        let rel = name.replace('.', "/");
        let candidates = [
            dir.join(format!("{rel}.py")),
            dir.join(&rel).join("__init__.py"),
        ];
        let Some(path) = candidates.iter().find(|p| p.is_file()) else {
            return Ok(None);
        };
        let bytes = std::fs::read(path).map_err(|e| {
            self.error(
                "ImportError",
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let filename = path.to_string_lossy().to_string();
        let (m, dict) = new_module(name);
        dict.set_str("__file__", Value::str(&filename));
        self.modules.set_str(name, m.clone());
        let r = crate::run_source_in(self, &bytes, &filename, dict);
        if let Err(e) = r {
            self.modules.remove_str(name);
            return Err(e);
        }
        self.bind_submodule(name, &m)?;
        Ok(Some(m))
    }

    /// `from module import name`
    pub fn import_from(&self, module: &Value, module_name: &str, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let full = format!("{module_name}.{name}");
        if let Ok(m) = self.import_module(&full) {
            return Ok(m);
        }
        let location = match module {
            Value::Module(m) => match m.dict.get_str("__file__") {
                Some(Value::Str(f)) => f.as_str().to_string(),
                _ => {
                    if is_builtin_module(module_name) {
                        "built-in".into()
                    } else {
                        "unknown location".into()
                    }
                }
            },
            _ => "unknown location".into(),
        };
        let e = self.error(
            "ImportError",
            format!("cannot import name '{name}' from '{module_name}' ({location})"),
        );
        e.instance().dict.set_str("name", Value::str(module_name));
        let path = if location.starts_with('/') {
            Value::str(&location)
        } else {
            Value::None
        };
        e.instance().dict.set_str("path", path);
        Err(e)
    }
}
