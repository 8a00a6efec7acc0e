s = '\N{abc'
