# An uncaught error raised from __init__ while building objects in a loop.
class Reading:
    def __init__(self, raw):
        self.value = float(raw)
readings = []
for raw in ['1.5', '2.25', 'n/a']:
    readings.append(Reading(raw))
    print('ok', readings[-1].value)
