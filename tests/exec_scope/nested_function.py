# In a nested function, exec sees enclosing variables only if the function itself uses them.
def outer():
    v = 'enclosing'
    w = 'not captured'
    def uses_v():
        v  # referenced, so v is a free variable visible in locals()
        exec('print(v)')
    def no_capture():
        try:
            exec('print(w)')
        except NameError as e:
            print('NameError', e)
    uses_v()
    no_capture()
outer()
