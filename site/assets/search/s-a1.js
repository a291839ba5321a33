(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-a1"]={"key":"a1","forms":{"a100":[0]},"terms":[{"w":575,"p":"jcJ"}]};
