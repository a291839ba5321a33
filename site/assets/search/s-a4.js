(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-a4"]={"key":"a4","forms":{"a40":[0]},"terms":[{"w":575,"p":"qVT"}]};
