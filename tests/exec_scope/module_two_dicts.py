# exec with separate globals and locals dicts: assignments go to locals, reads fall back to globals.
g = {'x': 1}
l = {}
exec('y = x + 1\nx = 100', g, l)
print(g['x'], sorted(l.items()))
print(eval('x + y', g, l), eval('x', g, {}))
g2 = {}
l2 = {'shadow': 'local'}
exec('global gv\ngv = "set global"\nlv = shadow', g2, l2)
print(g2['gv'], l2['lv'], 'gv' in l2)
