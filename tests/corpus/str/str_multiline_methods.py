# Methods on multi-line text: splitlines + strip + join pipelines, indentation handling.
text = '''
    first line
      indented more
    last line
'''
lines = [l for l in text.splitlines() if l.strip()]
indent = min(len(l) - len(l.lstrip()) for l in lines)
print([l[indent:] for l in lines])
print('\n'.join(l.strip().title() for l in lines))
print(text.count('\n'), text.strip().count('line'))
