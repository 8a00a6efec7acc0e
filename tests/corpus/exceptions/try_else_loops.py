# try/except/else inside loops with break and continue; else runs only without exceptions.
results = []
for s in ['4', 'x', '0', '8']:
    try:
        n = 100 // int(s)
    except ValueError:
        results.append('bad')
        continue
    except ZeroDivisionError:
        results.append('zero')
        break
    else:
        results.append(n)
    finally:
        results.append('|')
print(results)
