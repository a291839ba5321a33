(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-r"]={"key":"r","forms":{"r":[0]},"terms":[{"w":428,"p":"iRNjWNhLZhR0ThC4DjdJ"}]};
