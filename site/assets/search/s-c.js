(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-c"]={"key":"c","forms":{"c":[0]},"terms":[{"w":428,"p":"iDKGNhMLkeTkWOhKK"}]};
