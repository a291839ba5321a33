(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-_03c0"]={"key":"\u03C0","forms":{"\u03C0":[0]},"terms":[{"w":575,"p":"pP4a"}]};
