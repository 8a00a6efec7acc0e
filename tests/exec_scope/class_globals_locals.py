# In a class body locals() is the class namespace being built; globals() is the module's.
mod_var = 'module level'
class C:
    x = 1
    y = 2
    inner_keys = sorted(k for k in locals() if not k.startswith('__'))
    sees_module = 'mod_var' in globals()
    loc_is_glob = locals() is globals()
print(C.inner_keys, C.sees_module, C.loc_is_glob)
print(sorted(k for k in globals() if not k.startswith('__')))
print(globals() is locals())
