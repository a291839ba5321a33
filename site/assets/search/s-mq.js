(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-mq"]={"key":"mq","forms":{"mqa":[0],"mqa3h":[1]},"terms":[{"w":575,"p":"hWL"},{"w":575,"p":"hWL"}]};
