(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ak"]={"key":"ak","forms":{"aka":[0],"akin":[1]},"terms":[{"w":575,"p":"hWL"},{"w":575,"p":"aK"}]};
