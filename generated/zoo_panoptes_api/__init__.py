"""placeholder until make generate"""
