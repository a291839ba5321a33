(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-tb"]={"key":"tb","forms":{"tb":[0]},"terms":[{"w":575,"p":"kRK"}]};
