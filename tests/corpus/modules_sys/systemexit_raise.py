# raise SystemExit(42) behaves like sys.exit(42); finally blocks run on the way out.
def shutdown():
    try:
        print('shutting down')
        raise SystemExit(42)
    finally:
        print('finally during exit')
shutdown()
print('never')
