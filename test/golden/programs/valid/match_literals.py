match value:
    case 0:
        pass
    case -1:
        pass
    case 1.5 | -2.5e3:
        pass
    case 1 + 2j | -3 - 4j | 0j:
        pass
    case "text" | b"bytes" | 'a' "b":
        pass
    case None:
        pass
    case True | False:
        pass
    case f:
        pass
