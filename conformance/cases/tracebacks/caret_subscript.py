# Position markers for a failing nested subscript: ~ under the container, ^ under the failing index.
config = {
    'server': {'host': 'localhost', 'port': 8080},
    'client': {'retries': 3},
}

def setting(section, key):
    return config[section][key]

print(setting('server', 'port'))
print(setting('client', 'retries'))
print(setting('client', 'timeout'))
