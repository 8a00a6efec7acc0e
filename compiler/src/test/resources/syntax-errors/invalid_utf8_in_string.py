x = 1
y = 'aÿb'
