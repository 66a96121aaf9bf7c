namespace Entrypoint.Hooks;

/// <summary>
/// The program python3 runs (passed with -c, never written to disk) to host the *.py hooks: it imports each module
/// once, as the seed did, and calls their phase functions with a plain dict. Requests come on fd 3 and responses go to
/// fd 4, one JSON line each, so print() in a hook still reaches the container's stdout. Values use the tagged
/// encoding of <see cref="WireValues"/>.
///
/// Requests and responses:
///   {"op": "import", "modules": [[path, module_name], ...]}
///       -> {"ok": [[path, [function names among prehook/hook/posthook]], ...]}
///   {"op": "run", "phase": "prehook", "modules": [path, ...], "variables": {"dict": ...}}
///       -> {"ok": {"dict": ...}}   the variables after every listed module's function ran
///   any failure -> {"error": {"path": hook path, "summary": one line, "traceback": text or null}}
/// End of input on fd 3 ends the host.
/// </summary>
internal static class PythonHostScript
{
    public const string Source = """
import base64, datetime, json, math, os, sys, traceback
from importlib import util

# -c put the current directory first on sys.path; the seed's hooks never had it there.
if sys.path and sys.path[0] == '':
    del sys.path[0]

os.set_inheritable(3, False)
os.set_inheritable(4, False)
_requests = os.fdopen(3, 'rb')
_responses = os.fdopen(4, 'wb')
_PHASES = ('prehook', 'hook', 'posthook')
_modules = {}
# One dict object for the whole run, refilled in place, so a hook that kept a reference still sees the variables.
_variables = {}


class _Unsupported(Exception):
    pass


def _decode(v):
    if isinstance(v, list):
        return [_decode(x) for x in v]
    if isinstance(v, dict):
        (tag, body), = v.items()
        if tag == 'dict':
            return {_decode(k): _decode(x) for k, x in body}
        if tag == 'tuple':
            return tuple(_decode(x) for x in body)
        if tag == 'float':
            return float(body)
        if tag == 'date':
            return datetime.date(*body)
        if tag == 'datetime':
            offset = body[7]
            tz = None if offset is None else datetime.timezone(datetime.timedelta(seconds=offset))
            return datetime.datetime(*body[:7], tzinfo=tz)
        if tag == 'bytes':
            return base64.b64decode(body)
        raise ValueError('unknown tag %r' % tag)
    return v


def _where(path):
    return 'variables' + ''.join('[%r]' % p for p in path)


def _encode(v, path, active):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        v = float(v)
        return v if math.isfinite(v) else {'float': repr(v)}
    if isinstance(v, str):
        return str(v)
    if isinstance(v, datetime.datetime):
        offset = v.utcoffset()
        if offset is not None:
            if offset.microseconds:
                raise _Unsupported('%s has a UTC offset with a fraction of a second, which entrypoint cannot represent' % _where(path))
            offset = offset.days * 86400 + offset.seconds
        return {'datetime': [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond, offset]}
    if isinstance(v, datetime.date):
        return {'date': [v.year, v.month, v.day]}
    if isinstance(v, bytes):
        return {'bytes': base64.b64encode(v).decode('ascii')}
    if isinstance(v, (list, tuple, dict)):
        if id(v) in active:
            raise _Unsupported('%s contains itself, which entrypoint cannot represent' % _where(path))
        active.add(id(v))
        try:
            if isinstance(v, dict):
                pairs = []
                for k, x in v.items():
                    path.append(k)
                    pairs.append([_encode(k, path, active), _encode(x, path, active)])
                    path.pop()
                return {'dict': pairs}
            items = []
            for i, x in enumerate(v):
                path.append(i)
                items.append(_encode(x, path, active))
                path.pop()
            return items if isinstance(v, list) else {'tuple': items}
        finally:
            active.discard(id(v))
    raise _Unsupported('%s is a %r, which entrypoint cannot take back (use None, bool, int, float, str, '
                       'list, tuple, dict, bytes, datetime.date or datetime.datetime)' % (_where(path), type(v).__name__))


def _send(message):
    _responses.write(json.dumps(message, allow_nan=False, separators=(',', ':')).encode('ascii') + b'\n')
    _responses.flush()


def _failure(path, exc):
    # Drop the host's own frames and importlib's, so the traceback starts in the hook as Python would show it.
    tb = exc.__traceback__
    while tb is not None and (tb.tb_frame.f_code.co_filename == '<string>'
                              or tb.tb_frame.f_code.co_filename.startswith('<frozen importlib')):
        tb = tb.tb_next
    text = ''.join(traceback.format_exception(type(exc), exc, tb))
    summary = traceback.format_exception_only(type(exc), exc)[-1].strip()
    return {'error': {'path': path, 'summary': summary, 'traceback': text}}


def _import(modules):
    found = []
    for path, name in modules:
        try:
            spec = util.spec_from_file_location(name, path)
            module = util.module_from_spec(spec)
            spec.loader.exec_module(module)
        except BaseException as exc:
            return _failure(path, exc)
        _modules[path] = module
        found.append([path, [f for f in _PHASES if hasattr(module, f)]])
    return {'ok': found}


def _run(phase, paths, variables):
    _variables.clear()
    _variables.update(_decode(variables))
    path = None
    try:
        for path in paths:
            getattr(_modules[path], phase)(_variables)
    except BaseException as exc:
        return _failure(path, exc)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    try:
        return {'ok': _encode(_variables, [], set())}
    except (_Unsupported, RecursionError) as exc:
        return {'error': {'path': path, 'summary': str(exc), 'traceback': None}}


for line in _requests:
    try:
        request = json.loads(line)
        if request['op'] == 'import':
            response = _import(request['modules'])
        else:
            response = _run(request['phase'], request['modules'], request['variables'])
    except Exception as exc:
        response = {'error': {'path': None, 'summary': 'the hook host failed: %r' % exc, 'traceback': traceback.format_exc()}}
    _send(response)

# Exit as soon as entrypoint closes the channel, even if a hook left a thread running.
try:
    import atexit
    atexit._run_exitfuncs()
finally:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
""";
}
