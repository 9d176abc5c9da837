def digest_to_dict(d):
    return {}
