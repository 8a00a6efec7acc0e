print('init pkg', __name__)
