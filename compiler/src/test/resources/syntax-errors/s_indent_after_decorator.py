@d
    def f(): pass
