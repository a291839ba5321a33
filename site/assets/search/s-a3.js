(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-a3"]={"key":"a3","forms":{"a3":[0]},"terms":[{"w":575,"p":"mZL"}]};
