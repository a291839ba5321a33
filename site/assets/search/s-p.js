(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-p"]={"key":"p","forms":{"p":[0]},"terms":[{"w":490,"p":"nSZiUQjMK"}]};
