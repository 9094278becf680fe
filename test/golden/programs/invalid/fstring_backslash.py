f"{'\\n'.join(x)}"
