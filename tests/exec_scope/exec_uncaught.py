# An uncaught error inside exec'd code: the traceback shows the compiled code's file name.
code = compile('def boom():\n    return {}["k"]\nboom()', 'me2', 'exec')
print('before')
exec(code)
