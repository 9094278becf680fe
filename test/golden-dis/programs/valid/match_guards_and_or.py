def guard(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return direction
        case ['drop', *objects] if objects:
            return objects
        case ['quit' | 'exit']:
            return None
        case [x, y] | [x, y, _] if x == y:
            return x
    return cmd
