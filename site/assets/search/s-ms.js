(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ms"]={"key":"ms","forms":{"ms":[0],"msrl":[1]},"terms":[{"w":575,"p":"hWL"},{"w":575,"p":"hRY"}]};
