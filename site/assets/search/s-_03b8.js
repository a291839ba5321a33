(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-_03b8"]={"key":"\u03B8","forms":{"\u03B8":[0]},"terms":[{"w":575,"p":"qNN"}]};
